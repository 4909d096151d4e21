namespace AllianceBot.Testing;

/// <summary>Finds the checkout's root (the folder holding AllianceBot.sln) from the test binaries.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AllianceBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AllianceBot.sln not found above " + AppContext.BaseDirectory);
    }
}
