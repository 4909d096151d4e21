using System.Text.Json.Nodes;

namespace AllianceBot.IntegrationTests.Infra;

/// <summary>infra/main.bicep compiled to an ARM template once per test run, with helpers to look inside modules.</summary>
internal static class MainTemplate
{
    private static readonly Lazy<Task<JsonObject>> Compiled = new(CompileAsync);

    public static Task<JsonObject> GetAsync() => Compiled.Value;

    /// <summary>The nested template of the module deployed under <paramref name="name"/>.</summary>
    public static JsonObject Module(JsonObject template, string name) =>
        Resources(template).Single(r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == name)
            ["properties"]!["template"]!.AsObject();

    /// <summary>The resources of a template of the given type.</summary>
    public static IEnumerable<JsonObject> OfType(JsonObject template, string type) =>
        Resources(template).Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<JsonObject> Resources(JsonObject template) =>
        template["resources"] switch
        {
            JsonArray list => list.Select(r => r!.AsObject()),
            JsonObject byName => byName.Select(p => p.Value!.AsObject()),
            _ => [],
        };

    private static async Task<JsonObject> CompileAsync()
    {
        var run = await BicepCli.RunAsync(CancellationToken.None, "build", "infra/main.bicep", "--stdout");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("bicep build infra/main.bicep failed:\n" + run.StandardError);
        }

        return JsonNode.Parse(run.StandardOutput)!.AsObject();
    }
}
