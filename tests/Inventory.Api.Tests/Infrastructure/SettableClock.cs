namespace Inventory.Api.Tests.Infrastructure;

/// <summary>The host's clock, set by the test (timers still run on real time).</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
