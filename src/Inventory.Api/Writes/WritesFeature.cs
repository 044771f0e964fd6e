using Inventory.Api.Http;
using Marten;

namespace Inventory.Api.Writes;

public static class WritesFeature
{
    /// <summary>The one write path of every command, and the saved answers of Idempotency-Keys it replays.</summary>
    public static WebApplicationBuilder AddWrites(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts => opts.ConfigureWrites());
        builder.Services.AddSingleton<StreamTurns>();
        builder.Services.AddSingleton<WritePath>();
        return builder;
    }

    /// <summary>Known at start, so its table is made with the others and not on a command's first write.</summary>
    public static StoreOptions ConfigureWrites(this StoreOptions opts)
    {
        opts.Schema.For<IdempotentAnswer>();
        return opts;
    }
}
