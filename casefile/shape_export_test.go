package casefile

// WalkFinds is how many problems the shape walk finds in data, for the
// tests from outside the package that check it agrees with encoding/json.
func WalkFinds(data []byte) int { return len(walkShape(data).found) }
