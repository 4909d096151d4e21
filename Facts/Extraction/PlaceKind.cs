namespace AllianceBot.Facts.Extraction;

internal enum PlaceKind
{
    Country,
    Region,
}
