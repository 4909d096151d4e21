using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AllianceBot.Testing;

/// <summary>
/// The Playground's node process: loopback only (<c>node -r scripts/loopback-only.cjs</c>), on a port checked free,
/// quiet (no browser, no telemetry), offline (no AUTH_* variables), in a scratch working directory; killed on dispose.
/// </summary>
internal sealed class PlaygroundProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly string scratch;

    private PlaygroundProcess(Process process, string scratch, int port)
    {
        this.process = process;
        this.scratch = scratch;
        Address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        ServiceUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/_connector";
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string ServiceUrl { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts it; a port taken between the check and the start makes it move silently, so that is retried on another port.</summary>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, string channelId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(botEndpoint, channelId, ct);
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // Try another free port.
            }
        }
    }

    private static async Task<PlaygroundProcess> StartOnceAsync(Uri botEndpoint, string channelId, CancellationToken ct)
    {
        var root = RepoRoot.Find();
        var cli = Path.Combine(root, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"The Agents Playground is not installed: run 'npm ci' in {root} (./test.sh does it).");
        }

        var scratch = Directory.CreateTempSubdirectory("alliancebot-playground-").FullName;
        var port = Azurite.FreePort();
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = scratch,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "-r", Path.Combine(root, "scripts", "loopback-only.cjs"), cli,
                "-e", botEndpoint.AbsoluteUri, "-c", channelId,
                "--port", port.ToString(CultureInfo.InvariantCulture),
                "--service-url", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/_connector",
                "--disable-telemetry",
            },
        };
        foreach (var name in new[] { "AUTH_CLIENT_ID", "AUTH_CLIENT_SECRET", "AUTH_TENANT_ID", "BOT_ENDPOINT", "TEAMSAPPTESTER_PORT", "DEFAULT_CHANNEL_ID" })
        {
            info.Environment.Remove(name);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(scratch, "playground.log");
        var started = new PlaygroundProcess(Process.Start(info) ?? throw new InvalidOperationException("node did not start."), scratch, port);
        try
        {
            await started.WaitForPingAsync(ct);
            return started;
        }
        catch
        {
            started.Dispose();
            throw;
        }
    }

    private async Task WaitForPingAsync(CancellationToken ct)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The Playground exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                if (await client.GetStringAsync(new Uri(Address, "_debug/ping"), ct) == "pong")
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(200, ct);
        }

        throw new TimeoutException($"The Playground did not answer {Address}_debug/ping within 30 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < 200_000)
            {
                output.AppendLine(line);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        try
        {
            Directory.Delete(scratch, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS.
        }
    }
}
