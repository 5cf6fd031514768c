package casefile_test

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/casefile/casefile/internal/casegen"
)

// Counts gives every list of marked items the Case type has its number,
// in the file's order: a kind added to Case and left out of a case's
// contents fails here.
func TestCountsNameEveryKindWithItsNumber(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		c, _ := casegen.Case(seed)
		counts := c.Counts()
		v := reflect.ValueOf(c).Elem()
		i := 0
		for f := 0; f < v.NumField(); f++ {
			list := v.Field(f)
			if list.Kind() != reflect.Slice || list.Type().Elem().Kind() != reflect.Struct {
				continue
			}
			if _, marked := list.Type().Elem().FieldByName("Marking"); !marked {
				continue
			}
			if _, ided := list.Type().Elem().FieldByName("ID"); !ided {
				continue
			}
			plural := strings.Split(v.Type().Field(f).Tag.Get("json"), ",")[0]
			if i >= len(counts) {
				t.Fatalf("seed %d: Counts %q leaves out %s", seed, counts, plural)
			}
			want := strconv.Itoa(list.Len()) + " "
			if !strings.HasPrefix(counts[i], want) || (list.Len() != 1 && !strings.HasSuffix(counts[i], " "+plural)) {
				t.Errorf("seed %d: count %d is %q; the case holds %d %s", seed, i, counts[i], list.Len(), plural)
			}
			i++
		}
		if i != len(counts) {
			t.Errorf("seed %d: Counts %q has %d phrases; Case has %d lists of items", seed, counts, len(counts), i)
		}
	}
}
