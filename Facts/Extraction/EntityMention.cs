namespace AllianceBot.Facts.Extraction;

/// <summary>
/// A person, organisation or country named in the text, resolved to its canonical name ("Jens Stoltenberg", "NATO",
/// "United States"), with the role when known and whom it acts for (the Pentagon acts for the United States).
/// </summary>
internal sealed record EntityMention(int Start, int End, EntityKind Kind, string Name, string? Role, string? ActsFor);
