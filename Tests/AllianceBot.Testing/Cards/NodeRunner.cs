using System.Diagnostics;

namespace AllianceBot.Testing.Cards;

/// <summary>Runs a Node.js tool from the repo's <c>node_modules</c> with input on stdin; returns exit code and output.</summary>
public static class NodeRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string? stdin, CancellationToken ct)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoRoot.Find(),
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin.AsMemory(), ct);
        }

        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }

    /// <summary>A file under the repo's <c>node_modules</c>; fails clearly when the packages are not installed.</summary>
    public static string Module(params string[] parts)
    {
        var path = Path.Combine([RepoRoot.Find(), "node_modules", .. parts]);
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: run 'npm ci' in the repo root.");
    }
}
