namespace AllianceBot.Facts.Extraction;

/// <summary>A person as first introduced in an article: full name, role or organisation, whom they act for.</summary>
internal sealed record Person(string Name, string? Role, string? ActsFor)
{
    public string Surname => Name[(Name.LastIndexOf(' ') + 1)..];
}
