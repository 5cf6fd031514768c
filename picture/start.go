package picture

import (
	"container/heap"
	"math"
	"math/cmplx"
)

// Neato's stress majorisation starts, unless told where, from random
// positions and takes about a hundred rounds to settle from there. From a
// classical scaling of the graph's distances (Torgerson's, the layout
// stress majorisation refines) it settles in half as many, at a lower
// stress, with fewer links through actors; each round costs five times
// as much in WebAssembly as in native code, so that is most of the time
// a chart takes. Graphviz's own such start (start=self) costs more in
// WebAssembly than it saves. So the layout starts from positions worked
// out here, in Go (picture/CHOICE.md has the figures).

// span is a link as neato lays it out: nodes a and b, length long.
type span struct {
	a, b int
	long float64
}

// startPositions are where neato is to start each of n nodes: a classical
// scaling of the shortest distances along spans, each connected part of
// the graph on its own (an actor linked to none would otherwise take one
// of the two axes for itself, and the rest would start on a line), the
// parts in a row; then turned, scaled and moved onto the pinned nodes (by
// index, in Graphviz's frame, y up), if there are any, so that the others
// start around them.
func startPositions(n int, spans []span, pinned map[int]Point) []Point {
	d := distances(n, spans)
	pos := make([]Point, n)
	x := 0.0
	for _, part := range parts(d) {
		sub := make([][]float64, len(part))
		for i, a := range part {
			sub[i] = make([]float64, len(part))
			for j, b := range part {
				sub[i][j] = d[a][b]
			}
		}
		placed := classicalScaling(sub)
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, p := range placed {
			lo, hi = math.Min(lo, p.X), math.Max(hi, p.X)
		}
		for i, a := range part {
			pos[a] = Point{placed[i].X - lo + x, placed[i].Y}
		}
		x += hi - lo + partGap
	}
	return alignTo(pos, pinned)
}

// partGap is how far apart the parts of a graph start, in points.
const partGap = 72

// parts are the graph's connected parts, the nodes of each in order, as
// d (from distances) has them: out of reach is infinitely far.
func parts(d [][]float64) [][]int {
	seen := make([]bool, len(d))
	var out [][]int
	for i := range d {
		if seen[i] {
			continue
		}
		var part []int
		for j, v := range d[i] {
			if !math.IsInf(v, 1) {
				seen[j] = true
				part = append(part, j)
			}
		}
		out = append(out, part)
	}
	return out
}

// distances are the shortest distances along spans between every two of
// n nodes (Dijkstra's from each: a chart's links are few), infinite
// between nodes out of each other's reach.
func distances(n int, spans []span) [][]float64 {
	type edge struct {
		to   int
		long float64
	}
	adj := make([][]edge, n)
	for _, s := range spans {
		adj[s.a] = append(adj[s.a], edge{s.b, s.long})
		adj[s.b] = append(adj[s.b], edge{s.a, s.long})
	}
	d := make([][]float64, n)
	for src := range d {
		row := make([]float64, n)
		for i := range row {
			row[i] = math.Inf(1)
		}
		row[src] = 0
		q := &queue{{src, 0}}
		for q.Len() > 0 {
			it := heap.Pop(q).(queued)
			if it.dist > row[it.node] {
				continue
			}
			for _, e := range adj[it.node] {
				if nd := it.dist + e.long; nd < row[e.to] {
					row[e.to] = nd
					heap.Push(q, queued{e.to, nd})
				}
			}
		}
		d[src] = row
	}
	return d
}

type queued struct {
	node int
	dist float64
}

// queue is Dijkstra's, nearest first.
type queue []queued

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)        { *q = append(*q, x.(queued)) }
func (q *queue) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

// scalingRounds bounds the power iteration of classicalScaling, which
// stops sooner once an axis holds still to within scalingStill: neato
// refines the start, so it need not be exact.
const (
	scalingRounds = 100
	scalingStill  = 1e-5
)

// classicalScaling places the nodes in the plane so that their distances
// are as near d's as two axes can make them: the two leading eigenvectors
// of the doubly centred squared distances, by power iteration from a
// fixed vector (so a graph always starts alike), each scaled by the root
// of its eigenvalue.
func classicalScaling(d [][]float64) []Point {
	n := len(d)
	b := make([]float64, n*n) // row by row
	rowMean := make([]float64, n)
	mean := 0.0
	for i, row := range d {
		for _, v := range row {
			rowMean[i] += v * v / float64(n)
		}
		mean += rowMean[i] / float64(n)
	}
	for i, row := range d {
		for j, v := range row {
			b[i*n+j] = -(v*v - rowMean[i] - rowMean[j] + mean) / 2
		}
	}
	var axes [2][]float64
	var values [2]float64
	for k := range axes {
		v := make([]float64, n)
		for i := range v {
			v[i] = math.Sin(float64((k+2)*i) + 1)
		}
		axes[k], values[k] = leadingAxis(b, v, axes[:k], values[:k])
	}
	pos := make([]Point, n)
	for i := range pos {
		pos[i] = Point{axes[0][i] * math.Sqrt(math.Max(values[0], 0)), axes[1][i] * math.Sqrt(math.Max(values[1], 0))}
	}
	return pos
}

// leadingAxis is the leading eigenvector and eigenvalue of b (n by n, row
// by row) apart from those already found, by power iteration from v.
func leadingAxis(b, v []float64, found [][]float64, values []float64) ([]float64, float64) {
	n := len(v)
	w := make([]float64, n)
	value := 0.0
	for range scalingRounds {
		for i := range w {
			s := 0.0
			for j, x := range b[i*n : (i+1)*n] {
				s += x * v[j]
			}
			w[i] = s
		}
		for k, u := range found { // deflate: b less the axes found
			dot := 0.0
			for i := range u {
				dot += u[i] * v[i]
			}
			for i := range w {
				w[i] -= values[k] * dot * u[i]
			}
		}
		norm, change := 0.0, 0.0
		for _, x := range w {
			norm += x * x
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			return v, 0
		}
		for i := range v {
			x := w[i] / norm
			change = math.Max(change, math.Abs(x-v[i]))
			v[i] = x
		}
		value = norm
		if change < scalingStill {
			break
		}
	}
	return v, value
}

// alignTo turns, scales and moves pos (mirrored if that fits better) so
// that the pinned nodes' positions in it lie as near as can be to where
// they are pinned: a least-squares similarity, worked in complex numbers.
// With one pin it only moves pos; with none it leaves it.
func alignTo(pos []Point, pinned map[int]Point) []Point {
	if len(pinned) == 0 {
		return pos
	}
	var pc, qc complex128
	for i, q := range pinned {
		pc += complex(pos[i].X, pos[i].Y)
		qc += complex(q.X, q.Y)
	}
	pc /= complex(float64(len(pinned)), 0)
	qc /= complex(float64(len(pinned)), 0)
	best, bestErr := func(z complex128) complex128 { return z - pc + qc }, math.Inf(1)
	for _, mirror := range []bool{false, true} {
		at := func(i int) complex128 {
			z := complex(pos[i].X, pos[i].Y) - pc
			if mirror {
				z = cmplx.Conj(z)
			}
			return z
		}
		var num complex128
		den := 0.0
		for i, q := range pinned {
			num += cmplx.Conj(at(i)) * (complex(q.X, q.Y) - qc)
			den += real(at(i) * cmplx.Conj(at(i)))
		}
		if den == 0 {
			break // one pin, or all in one place: moving is all there is
		}
		a, err := num/complex(den, 0), 0.0
		for i, q := range pinned {
			err += cmplx.Abs(a*at(i) + qc - complex(q.X, q.Y))
		}
		if err < bestErr {
			bestErr = err
			best = func(z complex128) complex128 {
				z -= pc
				if mirror {
					z = cmplx.Conj(z)
				}
				return a*z + qc
			}
		}
	}
	out := make([]Point, len(pos))
	for i, p := range pos {
		z := best(complex(p.X, p.Y))
		out[i] = Point{real(z), imag(z)}
	}
	return out
}
