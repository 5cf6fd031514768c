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
	r, m := casefile.Release(c, max)
	// The exports log says what was released when, and at which limits:
	// it is the case's own record, not a portion to release.
	r.Exports = nil
	// A merge's conflicts hold versions the release did not look at;
	// WriteFile refuses such a release, and a copy made anyway has none.
	r.Conflicts = nil
	return r, m
}
