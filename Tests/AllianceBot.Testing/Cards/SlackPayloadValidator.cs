namespace AllianceBot.Testing.Cards;

/// <summary>
/// Type-checks a Slack message payload against Slack's own types (<c>@slack/types</c> 3.2.0, Block Kit <c>KnownBlock</c>)
/// with the TypeScript compiler in strict mode: the payload is written into a .ts file typed as
/// <c>{ text: string; blocks: KnownBlock[] }</c>, so unknown block types, missing fields and wrong field types are errors.
/// Returns the compiler's messages; empty means valid.
/// </summary>
public static class SlackPayloadValidator
{
    public static async Task<IReadOnlyList<string>> ValidateAsync(string payloadJson, CancellationToken ct = default)
    {
        var dir = Directory.CreateTempSubdirectory("slack-validate-");
        try
        {
            var types = NodeRunner.Module("@slack", "types", "dist", "index.d.ts");
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "payload.ts"),
                $"import type {{ KnownBlock }} from '@slack/types';\nexport const payload: {{ text: string; blocks: KnownBlock[] }} = {payloadJson};\n", ct);
            var config = new
            {
                compilerOptions = new
                {
                    strict = true, noEmit = true, module = "nodenext", moduleResolution = "nodenext", skipLibCheck = true,
                    types = Array.Empty<string>(),
                    paths = new Dictionary<string, string[]> { ["@slack/types"] = [types] },
                },
                files = new[] { "payload.ts" },
            };
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "tsconfig.json"), System.Text.Json.JsonSerializer.Serialize(config), ct);
            var (code, output) = await NodeRunner.RunAsync(NodeRunner.Module(".bin", "tsc"), ["-p", Path.Combine(dir.FullName, "tsconfig.json")], null, ct);
            return code == 0 ? [] : output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
