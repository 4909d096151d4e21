using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// The Bot host's in-process digest jobs, so a local run behaves like Azure: the due step every
/// <see cref="DigestOptions.ScheduleInterval"/>, and a poll of the same storage queue with the same rules as the
/// Functions trigger (a failure leaves the message for a retry after <see cref="DigestOptions.RetryDelay"/>; the
/// <see cref="DigestOptions.MaxDequeueCount"/>th failure moves it to <c>digests-poison</c>).
/// </summary>
public sealed class DigestBackgroundService(
    DigestScheduler scheduler,
    DigestQueueProcessor processor,
    DigestQueueClient queue,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestBackgroundService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.RunInProcess ? Task.WhenAll(ScheduleAsync(stoppingToken), PollAsync(stoppingToken)) : Task.CompletedTask;

    private async Task ScheduleAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(options.Value.ScheduleInterval, time);
        do
        {
            try
            {
                await scheduler.RunAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The digest due step failed; next run in {Interval}", options.Value.ScheduleInterval);
            }
        }
        while (await WaitAsync(timer, ct));
    }

    private async Task PollAsync(CancellationToken ct)
    {
        var settings = options.Value;
        using var slots = new SemaphoreSlim(settings.Concurrency);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await slots.WaitAsync(ct);
                var messages = await ReceiveAsync(Math.Min(32, slots.CurrentCount + 1), ct);
                if (messages.Length == 0)
                {
                    slots.Release();
                    await Task.Delay(settings.PollInterval, time, ct);
                    continue;
                }

                for (var i = 1; i < messages.Length; i++)
                {
                    await slots.WaitAsync(ct);
                }

                foreach (var message in messages)
                {
                    _ = Task.Run(() => HandleAsync(message, slots, ct), CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: messages being handled come back after their visibility timeout if they did not finish.
        }
    }

    /// <summary>Receives up to <paramref name="max"/> messages; a storage failure is logged and reads as none.</summary>
    private async Task<QueueMessage[]> ReceiveAsync(int max, CancellationToken ct)
    {
        try
        {
            return await queue.ReceiveAsync(max, options.Value.VisibilityTimeout, ct);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or TimeoutException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogError(e, "Polling the digest queue failed; trying again in {Interval}", options.Value.PollInterval);
            return [];
        }
    }

    private async Task HandleAsync(QueueMessage message, SemaphoreSlim slots, CancellationToken ct)
    {
        try
        {
            bool done;
            try
            {
                await processor.ProcessAsync(message.Body.ToString(), message.DequeueCount, ct);
                done = true;
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                done = false;
            }

            await (done ? CompleteAsync(message) : SettleFailureAsync(message));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: the message becomes visible again after its visibility timeout.
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Deletes a handled message; if that fails it comes back later and the delivery row makes the retry a no-op.</summary>
    private async Task CompleteAsync(QueueMessage message)
    {
        try
        {
            await queue.CompleteAsync(message, CancellationToken.None);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException)
        {
            logger.LogWarning(e, "Could not delete handled digest message {MessageId}; it comes back and is skipped", message.MessageId);
        }
    }

    private async Task SettleFailureAsync(QueueMessage message)
    {
        try
        {
            if (message.DequeueCount >= options.Value.MaxDequeueCount)
            {
                await queue.PoisonAsync(message, CancellationToken.None);
            }
            else
            {
                await queue.AbandonAsync(message, options.Value.RetryDelay, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException)
        {
            logger.LogWarning(e, "Could not settle digest message {MessageId}; it comes back after its visibility timeout", message.MessageId);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
