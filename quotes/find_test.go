package quotes

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestFields checks the fields beyond text and speaker that the GUI and
// the command line show: verb, channel, date words, role, actor.
func TestFields(t *testing.T) {
	known := []Actor{
		{ID: "rama", Names: []string{"Edi Rama", "Rama"}, Kind: "person"},
		{ID: "mfa", Names: []string{"Iranian Foreign Ministry", "the foreign ministry"}, Kind: "government body"},
	}
	tests := []struct {
		name, text string
		want       Quote // Text, Speaker, Role, ActorID, Verb, Channel, DateWords, Kind compared
	}{
		{"said in a statement on Wednesday",
			"Prime Minister Edi Rama said in a statement on Wednesday: “We will not be blackmailed.”",
			Quote{Text: "We will not be blackmailed.", Speaker: "Edi Rama", Role: "Prime Minister", ActorID: "rama",
				Verb: "said", Channel: "in a statement", DateWords: "on Wednesday", Kind: Direct}},
		{"told reporters, surname",
			"Edi Rama spoke first.\n\n“It failed,” Rama told reporters last week.",
			Quote{Text: "It failed,", Speaker: "Edi Rama", ActorID: "rama", Verb: "told reporters", DateWords: "last week", Kind: Direct}},
		{"unknown speaker with a role",
			"“This is unacceptable,” National Security Council spokesperson Adrienne Watson wrote on Twitter.",
			Quote{Text: "This is unacceptable,", Speaker: "Adrienne Watson", Role: "National Security Council spokesperson",
				Verb: "wrote", Channel: "on Twitter", Kind: Direct}},
		{"according to",
			"The hackers “moved quickly,” according to a report by Mandiant.",
			Quote{Text: "moved quickly,", Speaker: "Mandiant", Verb: "according to", Kind: Partial}},
		{"alias",
			"Predictably, the foreign ministry blamed Israel, saying “this is a plot.”",
			Quote{Text: "this is a plot.", Speaker: "the foreign ministry", ActorID: "mfa", Verb: "saying", Kind: Partial}},
		{"video message",
			"In a video message, Rama said: “Enough.”",
			Quote{Text: "Enough.", Speaker: "Rama", ActorID: "rama", Verb: "said", Channel: "In a video message", Kind: Direct}},
		{"scare quote",
			"The so-called “Axis of Resistance” met in Beirut.",
			Quote{Text: "Axis of Resistance", Kind: Scare}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.text, known)
			var got Quote
			for _, q := range qs {
				if q.Text == tt.want.Text {
					got = q
				}
			}
			got.Paragraph = 0
			if !sameFields(got, tt.want) {
				t.Errorf("Find(%q):\n got %+v\nwant %+v\n(all: %+v)", tt.text, got, tt.want, qs)
			}
		})
	}
}

func sameFields(a, b Quote) bool {
	return a.Text == b.Text && a.Speaker == b.Speaker && a.Role == b.Role && a.ActorID == b.ActorID &&
		a.Verb == b.Verb && a.Channel == b.Channel && a.DateWords == b.DateWords && a.Kind == b.Kind
}

// TestParts checks the spans of quotations in several parts: split by
// the attribution, and run over paragraphs.
func TestParts(t *testing.T) {
	text := "“We gave them a chance,” she said, “and they refused.”\n\n“It went on.\n\n“And on,” he said."
	qs := Find(text, nil)
	if len(qs) != 2 {
		t.Fatalf("got %d quotations, want 2: %+v", len(qs), qs)
	}
	want := []struct {
		text  string
		parts []Span
		para  int
	}{
		{"We gave them a chance, and they refused.", []Span{{1, 23}, {36, 53}}, 1},
		{"It went on. And on,", []Span{{57, 68}, {71, 78}}, 2},
	}
	for i, w := range want {
		q := qs[i]
		if q.Text != w.text || q.Paragraph != w.para || len(q.Parts) != len(w.parts) {
			t.Fatalf("quotation %d: %+v, want %q in paragraph %d with parts %v", i, q, w.text, w.para, w.parts)
		}
		for j, p := range w.parts {
			if q.Parts[j] != p {
				t.Errorf("quotation %d part %d: %v, want %v", i, j, q.Parts[j], p)
			}
		}
		if s := q.Span(); s.Start != w.parts[0].Start || s.End != w.parts[len(w.parts)-1].End {
			t.Errorf("quotation %d: Span() %v", i, s)
		}
	}
	checkInvariants(t, text, qs)
}

// TestMarks checks what counts as a quotation mark and what does not.
func TestMarks(t *testing.T) {
	tests := []struct{ text, want string }{
		{"In the ’90s, Albania’s rock ’n’ roll didn’t need ‘permission’ from anyone.", "permission"},
		{"He is 5'10\" and said \"fine\".", "fine"},
		{"« Nous ne paierons pas », dit-elle.", "Nous ne paierons pas"},
		{"„Wir zahlen nicht“, sagte sie.", "Wir zahlen nicht"},
		{"‘The ministers’ own staff warned us,’ she said.", "The ministers’ own staff warned us,"},
		{"'We are ready,' he said of the hackers' threat.", "We are ready,"},
		{"The statement read ‘’The command arrested nine suspects.’’", "The command arrested nine suspects."},
		{"The statement read ''The command arrested nine suspects.''", "The command arrested nine suspects."},
		// a quotation running on into a paragraph that does not open again
		{"Mr Reyes spoke. \"Once again, civilians are paying the price.\n\nThere is little thought for Gaza’s people.\" In his talks, Mr Reyes urged access.",
			"Once again, civilians are paying the price. There is little thought for Gaza’s people."},
		{"“Once again, civilians are paying the price.\n\nThere is little thought for them,” he said.",
			"Once again, civilians are paying the price. There is little thought for them,"},
	}
	for _, tt := range tests {
		qs := Find(tt.text, nil)
		if len(qs) != 1 || qs[0].Text != tt.want {
			t.Errorf("Find(%q) = %+v, want one quotation %q", tt.text, qs, tt.want)
		}
	}
}

func TestKindJSON(t *testing.T) {
	b, err := json.Marshal(Quote{Kind: Partial})
	if err != nil {
		t.Fatal(err)
	}
	if want := `"Kind":"partial"`; !strings.Contains(string(b), want) {
		t.Errorf("JSON %s lacks %s", b, want)
	}
	if Direct.String() != "direct" || Scare.String() != "scare" || Kind(0).String() != "unknown" {
		t.Error("Kind.String")
	}
	if !(Quote{Kind: Direct}).IsStatement() || (Quote{Kind: Scare}).IsStatement() {
		t.Error("IsStatement")
	}
}

// TestNicknames checks that a nickname printed inside a name is listed as
// a scare quotation in its place and leaves the name whole.
func TestNicknames(t *testing.T) {
	text := "“We were first,” said Senator Joaquin “Jack” Villareal, who chairs the committee. “They were late,” he added.\n\n" +
		"Senator Ronald “Bato” dela Rosa called it “a disgrace”."
	qs := Find(text, nil)
	want := []struct {
		kind          Kind
		text, speaker string
	}{
		{Direct, "We were first,", "Joaquin Villareal"},
		{Scare, "Jack", ""},
		{Direct, "They were late,", "Joaquin Villareal"},
		{Scare, "Bato", ""},
		{Partial, "a disgrace", "Ronald dela Rosa"},
	}
	if len(qs) != len(want) {
		t.Fatalf("got %d quotations, want %d: %+v", len(qs), len(want), qs)
	}
	for i, w := range want {
		if q := qs[i]; q.Kind != w.kind || q.Text != w.text || q.Speaker != w.speaker {
			t.Errorf("quotation %d: %v %q by %q, want %v %q by %q", i, q.Kind, q.Text, q.Speaker, w.kind, w.text, w.speaker)
		}
	}
	checkInvariants(t, text, qs)
}

// A quotation that follows an attributed one in its paragraph is the same
// speaker's, even when the next sentence opens with a speaker and a verb
// that has words of its own ("Police warned that …"); and a verb after a
// role noun ends the phrase ("police lobbed canisters").
func TestSentenceAfterQuotation(t *testing.T) {
	text := `After hours holding the protesters at bay, police lobbed canisters of tear gas. "It was very cruel," said one of the demonstrators. "Now, police have solved nothing." Police warned that if protesters stayed, "a higher level of force" would be used.`
	want := []string{"one of the demonstrators", "one of the demonstrators", "police"}
	qs := Find(text, nil)
	if len(qs) != len(want) {
		t.Fatalf("Find found %d quotations, want %d: %+v", len(qs), len(want), qs)
	}
	for i, q := range qs {
		if !strings.EqualFold(q.Speaker, want[i]) {
			t.Errorf("quotation %q is by %q, want %q", q.Text, q.Speaker, want[i])
		}
	}
}

// A progressive naming verb names: "what some TDs are calling “Shambles
// Day”" is a name, and the quotation after it nobody's.
func TestProgressiveNaming(t *testing.T) {
	qs := Find(`The chaos of what some TDs are calling “Shambles Day” deepened with a “precautionary notification” to the chair.`, nil)
	if len(qs) != 2 || qs[0].Kind != Scare || qs[1].Kind != Scare {
		t.Errorf("Find = %+v, want two scare quotations", qs)
	}
}

// A statement "signed by" someone is theirs, and so is what "it said"
// next, not the country last named.
func TestSignedStatement(t *testing.T) {
	text := "Buhari lost in Nigeria.\n\n\"We do not consider this an election,\" said a statement from Buhari's office signed by his campaign spokesman, Sam Nda-Isaiah.\n\n\"We will not accept the results,\" it said."
	allBy(t, text, 2, "Sam Nda-Isaiah")
}

// A sentence of the reporter's own after a quotation's full stop is not
// its attribution when it runs on past a few words.
func TestLongSentenceAfterQuotation(t *testing.T) {
	text := "Malcolm Smart of Amnesty International spoke.\n\n‘The police have a responsibility,’ Smart said. ‘Even when protesters do use violence, the police must not use excessive force.’ Protesters have posted new videos on YouTube of anti-government demonstrations in Benghazi and vowed to continue."
	allBy(t, text, 2, "Malcolm Smart")
}

// allBy checks that Find finds n quotations in text, all by speaker.
func allBy(t *testing.T, text string, n int, speaker string) {
	t.Helper()
	qs := Find(text, nil)
	if len(qs) != n {
		t.Fatalf("Find found %d quotations, want %d: %+v", len(qs), n, qs)
	}
	for _, q := range qs {
		if q.Speaker != speaker {
			t.Errorf("quotation %q is by %q, want %s", q.Text, q.Speaker, speaker)
		}
	}
}
