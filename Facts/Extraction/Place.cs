namespace AllianceBot.Facts.Extraction;

/// <summary>A country or region the gazetteer knows, by its canonical name.</summary>
/// <param name="Name">Canonical name: "United States", "United Kingdom", "Baltic states".</param>
/// <param name="Kind">Country or region.</param>
/// <param name="NatoMemberSince">When the country joined NATO; null for non-members and regions.</param>
internal sealed record Place(string Name, PlaceKind Kind, DateOnly? NatoMemberSince)
{
    public bool IsNatoMemberOn(DateOnly date) => NatoMemberSince is { } since && since <= date;
}
