package quotes_test

import (
	"strings"
	"testing"

	"github.com/casefile/casefile/quotes"
)

// TestTranscriptTurns checks that a transcript's turns are quotations
// by the speaker each label names, in the forms briefings and broadcasts
// print, and that headings with a colon, generic labels and quoted turns
// are not made turns.
func TestTranscriptTurns(t *testing.T) {
	type turn struct{ speaker, text string }
	tests := []struct {
		name, text string
		want       []turn
	}{
		{"briefing",
			"Foreign Ministry Spokesperson Sun Wei held a press conference.\n\n" +
				"Kyodo News: Did the ministers discuss the detained national?\n\n" +
				"Sun Wei: The case is being handled in accordance with the law.\n\nChina is a country under the rule of law.\n\n" +
				"Phoenix TV: How does China assess the talks?\n\n" +
				"Sun Wei: The talks were candid.\n\nThe briefing ended at noon.",
			[]turn{{"Kyodo News", "Did the ministers discuss the detained national?"},
				{"Sun Wei", "The case is being handled in accordance with the law. China is a country under the rule of law."},
				{"Phoenix TV", "How does China assess the talks?"},
				{"Sun Wei", "The talks were candid."}}},
		{"capitals, roles, a label on its own line",
			"Laura Whitfield, Deputy Department Spokesperson\n\n" +
				"MS WHITFIELD: Good afternoon.\n\n" +
				"QUESTION: Can we start with Sudan?\n\n" +
				"MS WHITFIELD: We want action.\n\n" +
				"DAVID OKONJO, BYLINE:\n\nGood morning.\n\n" +
				"QUESTION: And Taiwan?\n\n" +
				"WHITFIELD: We are monitoring it.",
			[]turn{{"Laura Whitfield", "Good afternoon."}, {"Laura Whitfield", "We want action."},
				{"David Okonjo", "Good morning."}, {"Laura Whitfield", "We are monitoring it."}}},
		{"a label's title of several words",
			"Press conference by the Deputy Chief Cabinet Secretary\n\n" +
				"REPORTER: Is the missile threat growing?\n\n" +
				"DEPUTY CHIEF CABINET SECRETARY NAKANO: We remain vigilant.\n\n" +
				"REPORTER: And the white paper?\n\n" +
				"DEPUTY CHIEF CABINET SECRETARY NAKANO: We have lodged a protest.",
			[]turn{{"Nakano", "We remain vigilant."}, {"Nakano", "We have lodged a protest."}}},
		{"headings are not turns",
			"Red Sea: Minister refuses to rule out strikes\n\n" +
				"Analysis: Careful words for an open-ended campaign\n\n" +
				"Olmedo: Spain will not sign up\n\nThe minister spoke at noon.",
			nil},
		{"quoted turns are quotations once",
			"The exchange with the presenter, Hannah Crewe, ran:\n\n" +
				"Crewe: ‘Is the party finished?’\n\nHale: ‘Absolutely not.’\n\nCrewe: ‘You said that last time.’",
			[]turn{{"Hannah Crewe", "Is the party finished?"}, {"Hale", "Absolutely not."}, {"Hannah Crewe", "You said that last time."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []turn
			for _, q := range quotes.Find(tt.text, nil) {
				if q.Kind == quotes.Direct {
					got = append(got, turn{q.Speaker, q.Text})
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d turns %q, want %d %q", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				if !strings.EqualFold(got[i].speaker, tt.want[i].speaker) || got[i].text != tt.want[i].text {
					t.Errorf("turn %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}
