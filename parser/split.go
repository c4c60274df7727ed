package parser

import (
	"regexp"
	"regexp/syntax"
)

// Go's regexp runs its backtracker only for programs of at most 500
// instructions; a longer one always takes the much slower NFA. Our largest
// word lists (reRegister, reCancel, reClosing, …) are just past that. They
// are alternations behind a fixed prefix ("\b(?:anmelden|…)", "^(?:…)"), so
// they split into several programs, one per group of branches, each small
// enough to backtrack.
//
// Tried in order at one anchored position, the groups give the match the
// whole pattern gives: the prefix has no choices (only assertions and
// literals), so the first branch that matches decides, as in the whole
// pattern. The split is used only where the position is fixed: the
// candidate attempts of the scan and ^-anchored patterns.

// splitProg is the instruction budget of one group.
const splitProg = 450

// splitAlt returns the groups of p as patterns, or nil when p is small, has
// capture groups, or is not an alternation behind a choice-free prefix.
func splitAlt(p string) []string {
	tree, err := syntax.Parse(p, syntax.Perl)
	if err != nil || tree.MaxCap() > 0 || progLen(tree) <= splitProg {
		return nil
	}
	alt := branchPoint(tree)
	if alt == nil {
		return nil
	}
	all := alt.Sub
	defer func() { alt.Sub = all }()
	var out []string
	for start := 0; start < len(all); {
		end := start + 1
		for end < len(all) {
			alt.Sub = all[start : end+1]
			if progLen(tree) > splitProg {
				break
			}
			end++
		}
		alt.Sub = all[start:end]
		out = append(out, tree.String())
		start = end
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// branchPoint returns the alternation of re behind a prefix of zero-width
// assertions and literals, or nil.
func branchPoint(re *syntax.Regexp) *syntax.Regexp {
	if re.Op == syntax.OpAlternate {
		return re
	}
	if re.Op != syntax.OpConcat {
		return nil
	}
	for _, s := range re.Sub {
		switch s.Op {
		case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
			syntax.OpLiteral, syntax.OpEmptyMatch:
			continue
		case syntax.OpAlternate:
			return s
		}
		return nil
	}
	return nil
}

// progLen is the instruction count regexp compiles re to.
func progLen(re *syntax.Regexp) int {
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return 0
	}
	return len(prog.Inst)
}

// compileAll compiles each pattern with the given wrapping.
func compileAll(ps []string, pre, post string) []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, p := range ps {
		out = append(out, regexp.MustCompile(pre+p+post))
	}
	return out
}

// anchoredMatch reports a match of re, or of one of its groups, where both
// are anchored.
func anchoredMatch(re *regexp.Regexp, groups []*regexp.Regexp, s string) bool {
	if groups == nil {
		return re.MatchString(s)
	}
	for _, g := range groups {
		if g.MatchString(s) {
			return true
		}
	}
	return false
}

// anchoredFind returns the match of re, or of its first group that
// matches: the same (groups have no capture groups of their own).
func anchoredFind(re *regexp.Regexp, groups []*regexp.Regexp, s string) []int {
	if groups == nil {
		return re.FindStringSubmatchIndex(s)
	}
	for _, g := range groups {
		if loc := g.FindStringSubmatchIndex(s); loc != nil {
			return loc
		}
	}
	return nil
}

// plainGroups are the groups the plain engine may use instead of the
// whole pattern: those of a ^-anchored pattern (the scan's own groups
// need its candidate positions).
func (f *fastRe) plainGroups() []*regexp.Regexp {
	if f.start != nil {
		return nil
	}
	return f.at0s
}
