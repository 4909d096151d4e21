namespace AllianceBot.Facts.Extraction;

/// <summary>Where a place is named in the text, and how ("Polish" is a demonym of Poland).</summary>
internal readonly record struct PlaceMention(int Start, int End, Place Place, bool IsDemonym);
