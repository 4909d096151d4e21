using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace AllianceBot.Testing;

/// <summary>One of the Playground's push WebSockets, read in the background; each JSON frame is queued.</summary>
internal sealed class PlaygroundSocket : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly Channel<JsonElement> frames = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource stop = new();
    private Task? reading;

    public ChannelReader<JsonElement> Frames => frames.Reader;

    public static async Task<PlaygroundSocket> ConnectAsync(Uri uri, CancellationToken ct)
    {
        var socket = new PlaygroundSocket();
        await socket.socket.ConnectAsync(uri, ct);
        socket.reading = Task.Run(socket.ReadAsync, CancellationToken.None);
        return socket;
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    Enqueue(message.ToArray());
                    message.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed by dispose or by the Playground stopping.
        }
        finally
        {
            frames.Writer.TryComplete();
        }
    }

    private void Enqueue(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            frames.Writer.TryWrite(document.RootElement.Clone());
        }
        catch (JsonException)
        {
            // Not a JSON frame (e.g. a keep-alive): nothing to deliver.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (reading is not null)
        {
            await reading;
        }

        socket.Dispose();
        stop.Dispose();
    }
}
