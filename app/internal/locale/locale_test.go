package locale

import (
	"os"
	"testing"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct {
		lcAll, lcMessages, lang, language string
		want                              string
	}{
		{lang: "C.UTF-8", want: "en"},
		{lcAll: "C.utf8", lang: "de_DE.UTF-8", want: "en"},
		{lcMessages: "C.UTF-8", want: "en"},
		{lang: "C", want: ""},
		{lang: "sq_AL.UTF-8", want: ""},
		{lcAll: "fr_FR.UTF-8", lang: "C.UTF-8", want: ""},
		{lang: "C.UTF-8", language: "sq", want: "sq"},
		{want: ""},
	} {
		t.Setenv("LC_ALL", tc.lcAll)
		t.Setenv("LC_MESSAGES", tc.lcMessages)
		t.Setenv("LANG", tc.lang)
		t.Setenv("LANGUAGE", tc.language)
		Normalize()
		if got := os.Getenv("LANGUAGE"); got != tc.want {
			t.Errorf("LC_ALL=%q LC_MESSAGES=%q LANG=%q LANGUAGE=%q: LANGUAGE becomes %q, want %q",
				tc.lcAll, tc.lcMessages, tc.lang, tc.language, got, tc.want)
		}
	}
}
