namespace AllianceBot.Facts.Extraction;

/// <summary>
/// A quotation with its speaker (null when the text does not say who), the quoted words (<see cref="Content"/>, a
/// range of the original text) and the evidence: the sentences from the opening mark to the attribution.
/// </summary>
internal sealed record Quote(QuoteSpan Span, TextRange Content, Speaker? Speaker, TextRange Evidence);
