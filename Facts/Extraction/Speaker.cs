namespace AllianceBot.Facts.Extraction;

/// <summary>Who said a quote: a person by full name, or a body ("North Atlantic Council"), with role and whom they act for.</summary>
internal sealed record Speaker(string Name, string? Role, EntityKind Kind, string? ActsFor);
