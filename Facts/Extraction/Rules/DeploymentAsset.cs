namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>What is deployed ("fighter jets", "NATO Response Force"), by whom the text says it is owned ("US troops").</summary>
internal sealed record DeploymentAsset(string Name, string? Owner, bool IsNatoForce);
