using AllianceBot.Facts.Storage;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Samples;

/// <summary>
/// On the Bot host, when <c>Facts:LoadSamples</c> is true: loads the sample articles while the host starts (so the first
/// request already sees them). A storage failure is logged and does not stop the host.
/// </summary>
public sealed class SampleLoadingService(SampleArticleLoader loader, IOptions<FactTableOptions> options, ILogger<SampleLoadingService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadSamples)
        {
            return;
        }

        try
        {
            await loader.LoadIfEmptyAsync(cancellationToken);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or IOException)
        {
            logger.LogError(e, "Sample articles could not be loaded");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
