namespace AllianceBot.Facts.Extraction;

/// <summary>Where a quote's speaker is named: the noun phrase, and the phrase with its appositive up to the verb.</summary>
internal readonly record struct Attribution(TextRange Phrase, TextRange Area);
