package export

import "github.com/casefile/casefile/casefile"

// Releasable is what an export at max may hold: the case itself when max
// is "", else casefile.Release's copy, which leaves out every portion
// marked above max and says in its ReleaseInfo what it withheld. Every
// export format goes through it, so none can leak what another withholds.
// The marking returned is the highest the copy includes, for its banner.
//
// A copy already released at or below max is returned as it is; one
// released above max is released again, and its counts add up.
func Releasable(c *casefile.Case, max casefile.Marking) (*casefile.Case, casefile.Marking) {
	if max == "" || c.Release != nil && c.Release.Limit.Rank() <= max.Rank() {
		return c, c.Marking
	}
	return casefile.Release(c, max)
}
