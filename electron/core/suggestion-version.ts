// The version of the suggestion rules: suggestions stored with items are worked out again when it changes.
// 3: items are also checked for a likely FOI, subject access or complaint request (issue 16).
export const suggestionRulesVersion = 3;
