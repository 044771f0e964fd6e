using Inventory.Api.Writes;

namespace Inventory.Api.Tests.Writes;

/// <summary>A node's writers of one stream queue beyond the ones allowed in at once; writers of other streams do not wait for them.</summary>
public class StreamTurnsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task by_default_two_writers_of_a_stream_are_in_and_a_third_waits_until_one_is_done()
    {
        var turns = new StreamTurns();
        var stream = Guid.NewGuid();
        var first = await turns.EnterAsync(stream, Ct);
        var second = turns.EnterAsync(stream, Ct);
        second.IsCompletedSuccessfully.ShouldBeTrue();
        var third = turns.EnterAsync(stream, Ct);
        third.IsCompleted.ShouldBeFalse();

        first.Dispose();
        (await third).Dispose();
        (await second).Dispose();
        turns.Busy.ShouldBe(0);
    }

    [Fact]
    public async Task writers_of_other_streams_do_not_wait()
    {
        var turns = new StreamTurns(perStream: 1);
        using var one = await turns.EnterAsync(Guid.NewGuid(), Ct);
        var other = turns.EnterAsync(Guid.NewGuid(), Ct);
        other.IsCompletedSuccessfully.ShouldBeTrue();
        (await other).Dispose();
        turns.Busy.ShouldBe(1);
    }

    [Fact]
    public async Task a_writer_that_gives_up_waiting_leaves_no_turn_behind()
    {
        var turns = new StreamTurns(perStream: 1);
        var stream = Guid.NewGuid();
        var first = await turns.EnterAsync(stream, Ct);
        using var cancel = new CancellationTokenSource();
        var waiting = turns.EnterAsync(stream, cancel.Token);
        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => waiting);

        first.Dispose();
        first.Dispose();
        turns.Busy.ShouldBe(0);
        (await turns.EnterAsync(stream, Ct)).Dispose();
    }
}
