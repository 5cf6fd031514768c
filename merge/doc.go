// Package merge compares and merges versions of a case file item by item,
// for teams that keep cases in git: Diff says what changed between two
// versions, field by field, Merge makes a three-way merge by item id, and
// Resolve settles one of the conflicts a merge left.
//
// Items are found without listing their kinds: every list of the case
// whose elements have an "id" (casefile.ItemLists), kept STIX objects
// included, is merged by id, and the case's own fields (title, summary,
// marking, …) as the fields of one more item, of kind "case". Fields are
// compared by their JSON encoding, by JSON name.
//
// The merge rules:
//   - a field changed on one side only takes that side's value; changed
//     the same way on both, that value;
//   - a field changed both ways is a conflict (casefile.Conflict): the item
//     holds ours (the side merged into) and the conflict both versions,
//     with the common ancestor's; but a "modified" time takes the later of
//     the two, a list of text (tags, aliases, actors) takes both sides'
//     additions and removals, a list of objects that both sides only added
//     to takes both additions, and a note's body holds both texts, ours
//     then theirs, clearly marked (and is still a conflict, so that the
//     analyst combines them);
//   - an item added on one side is added, after the item that precedes it
//     on that side; deleted on one side and unchanged on the other, it is
//     deleted; deleted on one side and changed on the other, it is a
//     conflict on the whole item, and stays, as changed;
//   - an item one side deleted that the other side's changes still refer
//     to stays too, as a conflict, so that nothing refers to an item that
//     is gone;
//   - ours' order is kept;
//   - the merged case is valid: a change that would leave it invalid (an
//     item marked above a case marking the other side lowered) is not
//     made, and is a conflict on the whole item instead.
package merge
