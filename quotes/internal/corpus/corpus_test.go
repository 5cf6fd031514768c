package corpus

import "testing"

// TestRightSpeaker checks the measure's rule for the same speaker named
// two ways, and that it does not take another speaker for it.
func TestRightSpeaker(t *testing.T) {
	c := Case{Known: []Actor{{ID: "mfa", Names: []string{"Iranian Foreign Ministry"}}}}
	tests := []struct {
		got, want string
		right     bool
	}{
		{"the ministry", "Ministry", true},
		{"Kazakhstan's Energy Ministry", "Energy Ministry", true},
		{"Dutch National Cyber Security Centre", "National Cyber Security Centre", true},
		{"UK Office for Nuclear Regulation", "Office for Nuclear Regulation", true},
		{"UK Office", "Office", false},
		{"one EU diplomat involved in the talks", "one EU diplomat", true},
		{"a senior official", "a senior official in the ministry", true},
		{"a senior official", "a senior official's aide", false},
		{"A man in his 80s staying at the same center", "a man in his 80s", true},
		{"a senior official", "a senior officials", false},
		{"officials", "officials in Stockholm", false}, // not an unnamed one's article
		{"the head of a firm", "the head of a firm in the Loire valley", false},
		{"a soldier", "a soldier said", false},
		{"Erik Lindqvist", "Cdr Erik Lindqvist", false},
		{"UNHCR", "United Nations High Commissioner for Refugees", true},
		{"the Islamic Revolutionary Guard Corps", "IRGC", true},
		{"Economic Community of West African States", "ECOWAS", true},
		{"UNHCR", "UN High Commissioner for Refugees", true},
		{"ECOWAS", "Economic Community of West Africa", false},
		{"UN", "United Kingdom", false},
		{"Tom Reyes", "TR", false},
	}
	for _, tt := range tests {
		if got := c.rightSpeaker(Found{Speaker: tt.got}, tt.want); got != tt.right {
			t.Errorf("rightSpeaker(%q, want %q) = %v, want %v", tt.got, tt.want, got, tt.right)
		}
	}
	if !c.rightSpeaker(Found{Speaker: "the foreign ministry", ActorID: "mfa"}, "Iranian Foreign Ministry") {
		t.Error("a known actor's match is not taken for its name")
	}
}
