namespace AllianceBot.Facts.Extraction;

/// <summary>A public figure news often names by surname alone; the role holds from <c>From</c> to <c>To</c>.</summary>
internal sealed record KnownPerson(string Name, string[] Surnames, string Role, DateOnly From, DateOnly? To, string ActsFor)
{
    public string? RoleOn(DateOnly date) => date >= From && (To is null || date <= To) ? Role : null;
}
