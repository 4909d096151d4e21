using AllianceBot.Testing;

namespace AllianceBot.IntegrationTests.Infra;

/// <summary>Paths of the deployment files in the checkout.</summary>
internal static class InfraFiles
{
    public static string Root => Path.Combine(RepoRoot.Find(), "infra");

    public static string AppPackage => Path.Combine(Root, "appPackage");

    /// <summary>Every .bicep file under infra/, relative to the repository root, with '/' separators.</summary>
    public static IReadOnlyList<string> BicepFiles()
    {
        var repo = RepoRoot.Find();
        return Directory.EnumerateFiles(Root, "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(repo, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
