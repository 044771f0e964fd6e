using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Inventory.Api.Http;

/// <summary>
/// OpenTelemetry traces, metrics and logs from ASP.NET Core, Wolverine, Marten and Npgsql, exported over OTLP when the
/// standard OTEL_EXPORTER_OTLP_ENDPOINT is set: one slow command can be followed from the request to the SQL.
/// </summary>
public static class Telemetry
{
    public static WebApplicationBuilder AddInventoryTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return builder;

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "relationship-inventory"))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource("Wolverine", "Marten"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Wolverine", "Marten", "Npgsql", "Microsoft.AspNetCore.Hosting", "System.Threading.RateLimiting"))
            .UseOtlpExporter();
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeScopes = true;
            o.IncludeFormattedMessage = true;
        });
        return builder;
    }
}
