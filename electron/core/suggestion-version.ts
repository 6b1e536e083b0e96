// The version of the suggestion rules: suggestions stored with items are worked out again when it changes.
export const suggestionRulesVersion = 2;
