using System.Reflection;
using System.Runtime.InteropServices;

namespace AllianceBot.IntegrationTests.Infra;

/// <summary>
/// The Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64, see the test project): its folder in the
/// package cache comes in as assembly metadata written at build time.
/// </summary>
internal static class BicepCli
{
    public static bool CanRun => RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && RuntimeInformation.OSArchitecture == Architecture.X64;

    public static string Path()
    {
        var package = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepCliPackage")?.Value;
        if (string.IsNullOrEmpty(package))
        {
            throw new InvalidOperationException("BicepCliPackage metadata missing: is Azure.Bicep.CommandLine.linux-x64 restored?");
        }

        var binary = System.IO.Path.Combine(package, "tools", "bicep");
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException("Bicep CLI not found in the NuGet cache; run dotnet restore", binary);
        }

        if (OperatingSystem.IsLinux() && !File.GetUnixFileMode(binary).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(binary, File.GetUnixFileMode(binary) | UnixFileMode.UserExecute);
        }

        return binary;
    }

    public static Task<ToolRun> RunAsync(CancellationToken ct, params string[] arguments) =>
        ToolRun.RunAsync(Path(), arguments, new Dictionary<string, string> { ["BICEP_TRACING_ENABLED"] = "false" }, ct);
}
