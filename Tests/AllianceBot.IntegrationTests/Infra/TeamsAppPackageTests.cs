using System.IO.Compression;
using System.Text.Json.Nodes;

namespace AllianceBot.IntegrationTests.Infra;

/// <summary>
/// infra/appPackage/build.sh fills in the bot id and zips the package; the result is checked against the official
/// Teams manifest schema (npm @microsoft/app-manifest) and for exactly the three files Teams expects.
/// </summary>
public sealed class TeamsAppPackageTests : IDisposable
{
    private const string BotId = "5d7c0a2e-3b1f-4c8e-9a6d-2f4b8e1c7a90";
    private readonly string _out = Path.Combine(Path.GetTempPath(), "alliancebot-pkg-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task Build_WithBotId_ZipsExactlyManifestAndIcons()
    {
        var run = await BuildAsync(BotId);

        Assert.True(run.ExitCode == 0, run.Output);
        using var zip = ZipFile.OpenRead(Path.Combine(_out, "alliancebot.zip"));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Build_WithBotId_ManifestIsValidAgainstTheTeamsSchema()
    {
        await BuildAsync(BotId);

        var run = await ValidateAsync(await ExtractManifestAsync());

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("valid against the Teams manifest schema v1.24", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithBotId_FillsBotIdAndKeepsScopesAndCommands()
    {
        await BuildAsync(BotId);

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(await ExtractManifestAsync(), TestContext.Current.CancellationToken))!;

        var bot = manifest["bots"]![0]!;
        Assert.Equal(BotId, (string?)bot["botId"]);
        Assert.True(Guid.TryParse((string?)manifest["id"], out _));
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        foreach (var list in bot["commandLists"]!.AsArray())
        {
            Assert.Equal(
                ["help", "latest", "subscribe", "unsubscribe", "settings", "digest now", "sources"],
                list!["commands"]!.AsArray().Select(c => (string?)c!["title"]));
        }
    }

    [Fact]
    public async Task Build_SameBotTwice_GivesTheSameTeamsAppId()
    {
        await BuildAsync(BotId);
        var first = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_out, "manifest.json"), TestContext.Current.CancellationToken))!["id"];

        await BuildAsync(BotId);
        var second = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_out, "manifest.json"), TestContext.Current.CancellationToken))!["id"];

        Assert.Equal((string?)first, (string?)second);
    }

    [Fact]
    public async Task Build_WithoutValidBotId_FailsNamingTheProblem()
    {
        var run = await BuildAsync("not-a-guid");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("app id", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_out, "alliancebot.zip")));
    }

    [Fact]
    public async Task Validate_ManifestWithBadBotId_ReportsTheField()
    {
        await BuildAsync(BotId);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_out, "manifest.json"), TestContext.Current.CancellationToken))!;
        manifest["bots"]![0]!["botId"] = "bot";
        var broken = Path.Combine(_out, "broken.json");
        await File.WriteAllTextAsync(broken, manifest.ToJsonString(), TestContext.Current.CancellationToken);

        var run = await ValidateAsync(broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/bots/0/botId", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnfilledTemplate_ReportsThePlaceholder()
    {
        var run = await ValidateAsync(Path.Combine(InfraFiles.AppPackage, "manifest.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("${{", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_InPackageFolder_HasTheSizeTeamsRequires(string file, int size)
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(InfraFiles.AppPackage, file)));

        Assert.Equal((size, size), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_EveryPixel_IsWhiteOrTransparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(InfraFiles.AppPackage, "outline.png")));

        var pixels = Enumerable.Range(0, icon.Height).SelectMany(y => Enumerable.Range(0, icon.Width).Select(x => icon.Pixel(x, y))).ToList();
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"pixel {p} is neither white nor transparent"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    private Task<ToolRun> BuildAsync(string botId) =>
        ToolRun.RunAsync(
            "bash",
            ["infra/appPackage/build.sh", botId],
            new Dictionary<string, string> { ["OUT_DIR"] = _out, ["BOT_APP_ID"] = string.Empty },
            TestContext.Current.CancellationToken);

    private static Task<ToolRun> ValidateAsync(string manifest) =>
        ToolRun.RunAsync("node", ["infra/appPackage/validate-manifest.cjs", manifest], ct: TestContext.Current.CancellationToken);

    /// <summary>The manifest as packaged (not the copy beside the zip), so the check is of what Teams receives.</summary>
    private async Task<string> ExtractManifestAsync()
    {
        var target = Path.Combine(_out, "unzipped");
        await ZipFile.ExtractToDirectoryAsync(Path.Combine(_out, "alliancebot.zip"), target, TestContext.Current.CancellationToken);
        return Path.Combine(target, "manifest.json");
    }
}
