namespace AllianceBot.IntegrationTests.Infra;

/// <summary>Every .bicep file builds and lints clean with the Bicep CLI from NuGet: no errors, no warnings.</summary>
public sealed class BicepTests
{
    public static TheoryData<string> Files => new(InfraFiles.BicepFiles());

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Build_BicepFile_CompilesWithoutDiagnostics(string file)
    {
        SkipUnlessBicepRuns();

        var run = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "build", file, "--stdout");

        Assert.True(run.ExitCode == 0 && run.StandardError.Length == 0, $"bicep build {file} (exit {run.ExitCode}):\n{run.StandardError}");
        Assert.Contains("\"$schema\"", run.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Lint_BicepFile_ReportsNothing(string file)
    {
        SkipUnlessBicepRuns();

        var run = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "lint", file);

        Assert.True(run.ExitCode == 0 && run.Output.Trim().Length == 0, $"bicep lint {file} (exit {run.ExitCode}):\n{run.Output}");
    }

    [Fact]
    public async Task Lint_FileWithUnusedParameter_ReportsIt()
    {
        SkipUnlessBicepRuns();
        var file = Path.Combine(Path.GetTempPath(), $"unused-{Guid.NewGuid():N}.bicep");
        await File.WriteAllTextAsync(file, "param unused string\n", TestContext.Current.CancellationToken);

        try
        {
            var run = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "lint", file);

            Assert.Contains("no-unused-params", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void BicepFiles_UnderInfra_IncludeMainAndEveryModule()
    {
        var files = InfraFiles.BicepFiles();

        Assert.Contains("infra/main.bicep", files);
        Assert.Superset(
            new HashSet<string>(["infra/app/storage.bicep", "infra/app/identity.bicep", "infra/app/monitoring.bicep", "infra/app/function.bicep", "infra/app/bot.bicep", "infra/app/rbac.bicep"]),
            files.ToHashSet());
    }

    internal static void SkipUnlessBicepRuns() =>
        Assert.SkipUnless(BicepCli.CanRun, "the Bicep CLI package restored here is linux-x64");
}
