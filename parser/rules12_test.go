package parser

import "testing"

// TestCostConditionHoldout8: a sender who makes coming hang on the cost
// asks a question; "kostenlos"/"free" in their condition is no spam.
func TestCostConditionHoldout8(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "falls gratis", subject: "Werkstatt", body: "Was kostet der Workshop? Falls er gratis ist, überlege ich mir eine Teilnahme.", intent: IntentQuestion, sessions: []string{}},
		{name: "if it's free", subject: "Workshop", body: "Is there a fee for the workshop? If it is free of charge, I am considering coming along.", intent: IntentQuestion, sessions: []string{}},
	})
}
