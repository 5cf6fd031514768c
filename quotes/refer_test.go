package quotes_test

import (
	"testing"

	"github.com/casefile/casefile/quotes"
)

// TestReferringBack checks the ways a story refers back to someone it has
// named: by a word for the same office, by a role given in passing, by an
// epithet; and that an office nobody in the story holds stays unnamed.
func TestReferringBack(t *testing.T) {
	tests := []struct{ text, want string }{
		{`Justice Helen Ashworth thanked the jurors. "This has been a long trial," the judge told them.`, "Helen Ashworth"},
		{`Ambassador Tom Reyes met the press. "We are here to listen," the envoy said.`, "Tom Reyes"},
		{`General Sam Okafor toured the base. "We are ready," the commander said.`, "Sam Okafor"},
		{`Senator Maria Lopez voted no. "This bill is a disgrace," the lawmaker said.`, "Maria Lopez"},
		{`The Australian Security Intelligence Organisation (ASIO) said the verdict was a reminder. "ASIO will continue to work," the agency said.`,
			"Australian Security Intelligence Organisation"},
		{`The Bank of Lithuania fined Baltpay UAB. The firm's controls were "manifestly inadequate," the regulator said.`, "Bank of Lithuania"},
		{`Mark Carr, the mayor of Lviv, toured the damage. "We will rebuild," the mayor said.`, "Mark Carr"},
		{`Lisa Franchetti, the chief executive of Ocean Rail, resigned. "It was time," the executive said.`, "Lisa Franchetti"},
		{`Tech tycoon Raj Patel bought the newspaper in May. "Journalism needs owners who care," the billionaire said.`, "Raj Patel"},
		{`Maria Lopez won the primary by 12 points. "Tonight we celebrate," the 41-year-old former prosecutor told supporters.`, "Maria Lopez"},
		{`Anna Lind met Tom Reyes in Paris on Monday. "We agreed on nothing," the mother said.`, "Anna Lind"},
		{`Omar Haddad, 34, denies the charges. "I was not there," the defendant told the court.`, "Omar Haddad"},
		{`Tom Reyes, a former general, accused Lind of lying. "She knows the truth," the retired officer said.`, "Tom Reyes"},
		{"SEOUL (Yonhap) -- South Korea's spy agency said Thursday it has detained an engineer.\n\n" +
			"The National Intelligence Service (NIS) said the man handed over files.\n\n" +
			`The agency described the case as "a textbook example" of recruitment.`, "National Intelligence Service"},
		{"In his reply, the prime minister thanked her for her ‘dedication and decency’.\n\n" +
			"Downing Street appointed Rhian Ellis, the local government minister, to replace her.", "the prime minister"},
		{"“I asked for this recount,” Dana Whitcomb wrote.\n\nLater the 58-year-old told reporters she had called Gregory Pfeiffer to congratulate him. " +
			"“It was a short call,” she said.", "Dana Whitcomb"},
		{"“He offered me nothing,” Andrei Munteanu said.\n\nOne senior coalition official, granted anonymity to speak candidly, was less upbeat. " +
			"“She survived today.”", "One senior coalition official"},
		// An office is not an epithet: the judge is not the man sentenced.
		{`Omar Haddad was sentenced on Friday. "You showed no remorse," the judge said.`, "the judge"},
		// A country described is not a person described.
		{`Moldova, a country of 2.5 million, votes on Sunday. "We are ready," said Victor Grosu, the centre's deputy director.`, "Victor Grosu"},
	}
	for _, tt := range tests {
		qs := quotes.Find(tt.text, nil)
		if len(qs) == 0 {
			t.Errorf("Find(%q): no quotations", tt.text)
			continue
		}
		if last := qs[len(qs)-1]; last.Speaker != tt.want { // the one that refers back
			t.Errorf("Find(%q): speaker %q, want %q", tt.text, last.Speaker, tt.want)
		}
	}
}

// TestHeadlineRole checks that a headline's role is whoever the story
// gives the headline's words to.
func TestHeadlineRole(t *testing.T) {
	text := "Zambia: Opposition leader calls by-election results a “paper coup”\n\n" +
		"The Electoral Commission of Zambia has defended its count.\n\n" +
		"“Every ballot was counted,” commission chairperson Justice Mumba Kapembwa told journalists.\n\n" +
		"Addressing supporters in Kitwe, PRA leader Chanda Mwansa described the count as a “paper coup”."
	qs := quotes.Find(text, nil)
	if len(qs) != 3 {
		t.Fatalf("%d quotations, want 3: %+v", len(qs), qs)
	}
	if qs[0].Speaker != "Chanda Mwansa" || qs[2].Speaker != "Chanda Mwansa" || qs[1].Speaker != "Mumba Kapembwa" {
		t.Errorf("speakers %q, %q, %q; want Chanda Mwansa, Mumba Kapembwa, Chanda Mwansa", qs[0].Speaker, qs[1].Speaker, qs[2].Speaker)
	}
}

// TestBodyNameWithAnd checks that an "and" inside a public body's name
// does not cut it in two.
func TestBodyNameWithAnd(t *testing.T) {
	for text, want := range map[string]string{
		`A spokesperson for U.S. Customs and Border Protection said the crossing "will close soon."`: "U.S. Customs and Border Protection",
		`The U.S. Food and Drug Administration said the drug was "safe and effective."`:              "U.S. Food and Drug Administration",
		`"We will act," said a spokesman for Immigration and Customs Enforcement.`:                   "Immigration and Customs Enforcement",
	} {
		if qs := quotes.Find(text, nil); len(qs) != 1 || qs[0].Speaker != want {
			t.Errorf("Find(%q) = %+v, want one quotation by %q", text, qs, want)
		}
	}
}

// TestPronounAfterIntroductions checks "she" and "he" after the ways a
// story introduces someone new: after the verb ("Among those … was X"),
// and by kinship ("Rahman's cousin, Noor Agha,").
func TestPronounAfterIntroductions(t *testing.T) {
	for text, want := range map[string]string{
		"Mariam Abakar runs the clinic. “We are overwhelmed,” she said.\n\n" +
			"Among those who reached Adré on Tuesday was Hawa Ishag, 34, who walked for three nights with her four daughters.\n\n" +
			"‘They burned the market first, then the houses,’ she said.": "Hawa Ishag",
		"Hajji Gul Rahman told Al Jazeera that shells had landed. \"We hid under the trucks,\" he said.\n\n" +
			"Rahman's cousin, Noor Agha, was among 15 people wounded. Speaking from a hospital, he said shrapnel had hit his leg. \"The doctors say I will walk again,\" he said.": "Noor Agha",
	} {
		qs := quotes.Find(text, nil)
		if len(qs) != 2 || qs[1].Speaker != want {
			t.Errorf("Find(%q) = %+v, want the second quotation by %q", text, qs, want)
		}
	}
}

// TestParentheticalPronoun checks "she said" set off by commas inside the
// reported sentence: right after its subject the subject is what was said
// about; inside a relative clause the sentence's subject said it.
func TestParentheticalPronoun(t *testing.T) {
	for text, want := range map[string]string{
		"Central Bank president Marcela Quiroga said the bank had sold reserves. Quiroga rejected that view in an interview. " +
			"Ferraro and other private analysts, she said, were “confusing a bad day with a crisis.”": "Marcela Quiroga",
		"The representative of the United Kingdom said the war must end. The representative of the Russian Federation cautioned against " +
			"“external pressure”, which, he said, had “never brought peace to any African country”.": "Russian Federation",
	} {
		qs := quotes.Find(text, nil)
		if len(qs) == 0 || qs[len(qs)-1].Speaker != want {
			t.Errorf("Find(%q) = %+v, want the last quotation by %q", text, qs, want)
		}
	}
}
