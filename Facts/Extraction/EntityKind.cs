namespace AllianceBot.Facts.Extraction;

internal enum EntityKind
{
    Person,
    Organisation,
    Country,
}
