using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;

namespace AllianceBot.Testing;

/// <summary>
/// A real Azurite for the whole test run. <c>./test.sh</c> starts one and passes its connection string in
/// <c>ALLIANCEBOT_TEST_STORAGE</c>; without it (e.g. running <c>dotnet test</c> by hand) the first test that needs storage
/// starts Azurite from the repo's <c>node_modules</c> on free loopback ports, in memory, and it is stopped when the run ends.
/// Tests isolate themselves by using their own table and queue names (<see cref="UniqueName"/>).
/// </summary>
public static class Azurite
{
    private static readonly Lazy<string> Connection = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of the running Azurite.</summary>
    public static string ConnectionString => Connection.Value;

    /// <summary>A table or queue name no other test uses: letters and digits, starting with a letter.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    public static TableClient CreateTableClient(string prefix)
    {
        var client = new TableServiceClient(ConnectionString).GetTableClient(UniqueName(prefix));
        client.CreateIfNotExists();
        return client;
    }

    private static string Start()
    {
        var given = Environment.GetEnvironmentVariable("ALLIANCEBOT_TEST_STORAGE");
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var root = RepoRoot.Find();
        var azurite = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed: run 'npm ci' in {root} (./test.sh does it).");
        }

        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var info = new ProcessStartInfo(azurite)
        {
            ArgumentList =
            {
                "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
                "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tableHost", "127.0.0.1", "--tablePort", table.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("Azurite did not start.");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        };
        WaitForPort(table, process);
        return ConnectionStringFor(blob, queue, table);
    }

    internal static string ConnectionStringFor(int blob, int queue, int table) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitForPort(int port, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}: {process.StandardError.ReadToEnd()}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(200);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {port} within 30 s.");
    }
}
