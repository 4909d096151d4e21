using System.Text.Json;

namespace AllianceBot.Testing.Cards;

/// <summary>
/// Validates an Adaptive Card with the real npm <c>adaptivecards</c> 3.0.6 parser for schema 1.5 (under Node, without a
/// DOM): parse events (unknown elements, features newer than 1.5) and <c>validateProperties()</c> events (missing
/// required properties, duplicate ids). Returns the messages; empty means valid.
/// </summary>
public static class AdaptiveCardValidator
{
    private const string Script = """
        const AC = require(process.argv[2]);
        let input = '';
        process.stdin.on('data', d => input += d);
        process.stdin.on('end', () => {
          const ctx = new AC.SerializationContext(new AC.Version(1, 5));
          const card = new AC.AdaptiveCard();
          card.parse(JSON.parse(input), ctx);
          const out = [];
          for (let i = 0; i < ctx.eventCount; i++) out.push('parse: ' + ctx.getEventAt(i).message);
          for (const e of card.validateProperties().validationEvents) out.push('validate: ' + e.message);
          process.stdout.write(JSON.stringify(out));
        });
        """;

    public static async Task<IReadOnlyList<string>> ValidateAsync(JsonElement card, CancellationToken ct = default)
    {
        var script = Path.Combine(Path.GetTempPath(), $"ac-validate-{Guid.NewGuid():N}.cjs");
        await File.WriteAllTextAsync(script, Script, ct);
        try
        {
            var (code, output) = await NodeRunner.RunAsync("node", [script, NodeRunner.Module("adaptivecards", "dist", "adaptivecards.js")], card.GetRawText(), ct);
            return code == 0
                ? JsonSerializer.Deserialize<string[]>(output) ?? []
                : throw new InvalidOperationException($"The adaptivecards validator failed ({code}): {output}");
        }
        finally
        {
            File.Delete(script);
        }
    }
}
