using Inventory.Api.Access;
using Inventory.Api.Cli;
using Inventory.Api.Hosting;
using JasperFx;
using Microsoft.AspNetCore.Rewrite;
using Scalar.AspNetCore;
using Wolverine;
using Wolverine.Http;

// "--demo [es|pt-BR|en]" loads the demo company into the default organization, in that language (see README).
(args, var demoLanguage) = Inventory.Api.Web.DemoOption.Take(args);
// "--lang es|pt-BR|en": the console's messages in that language (default: the system locale's, else English).
args = ConsoleTexts.Take(args);
if (CommandLine.IsHelp(args)) Console.Write(ConsoleTexts.Current["console.help"]);
if (CommandLine.CommandOf(args) == "projections") Console.SetOut(new MarkupFreeWriter(Console.Out));
var builder = WebApplication.CreateBuilder(args);
if (demoLanguage is not null) builder.Configuration["Inventory:Demo"] = "true";
if (demoLanguage is { Length: > 0 }) builder.Configuration["Inventory:DemoLanguage"] = demoLanguage;
// Names this process's database connections: a command can tell whether a host runs on the same database.
builder.Configuration["Inventory:ApplicationName"] = CommandLine.ApplicationNameOf(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls(HttpSetup.DefaultUrl);
}

// Registered first so the embedded PostgreSQL starts before, and stops after, everything that uses it.
builder.Services.Configure<PostgresOptions>(builder.Configuration.GetSection(PostgresOptions.Section));
builder.Services.AddSingleton<InventoryDatabase>();
builder.Services.AddHostedService<InventoryDatabaseLifetime>();

builder.Services.Configure<InventoryOptions>(builder.Configuration.GetSection(InventoryOptions.Section));
builder.Services.AddSingleton(TimeProvider.System);
builder.AddInventoryTelemetry();
builder.Services.AddInventoryMarten(builder.Configuration);
builder.Host.UseWolverine(opts => opts.ConfigureInventory(builder.Configuration));
builder.Services.AddWolverineHttp();
builder.Services.AddInventoryAccess(builder.Configuration);
builder.Services.AddInventoryThrottling(builder.Configuration);
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddInventorySecurityHeaders();
builder.Services.AddInventoryHttp();
builder.Services.AddSingleton<Inventory.Api.Projections.ProjectionCatchUp>();
builder.Services.AddSingleton<Inventory.Api.Projections.MonthlyFactsReader>();
builder.Services.AddHostedService<Inventory.Api.Projections.StorageSchema>();
builder.Services.Configure<Inventory.Api.Reviews.ReviewOptions>(builder.Configuration.GetSection(Inventory.Api.Reviews.ReviewOptions.Section));
builder.Services.AddSingleton<Inventory.Api.Reviews.ReviewPackBuilder>();
builder.Services.AddHostedService<Inventory.Api.Reviews.ReminderSeeding>();
builder.Services.Configure<Inventory.Api.Audit.AuditOptions>(builder.Configuration.GetSection(Inventory.Api.Audit.AuditOptions.Section));
builder.Services.AddSingleton<Inventory.Api.Audit.AuditChain>();
builder.Services.AddHostedService<Inventory.Api.Audit.ScheduledCheckpoints>();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseExceptionHandler();
// Browsers ask for /favicon.ico whatever the pages link: it is the SVG icon, anonymous like every static file.
app.UseRewriter(new RewriteOptions().AddRewrite(@"^favicon\.ico$", "favicon.svg", skipRemainingRules: true));
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseStatusCodePages();
app.UseMiddleware<CorrelationMiddleware>();
app.UseMiddleware<QueryTextGuard>();
app.UseMiddleware<RequestSizeLimit>();
app.UseMiddleware<NullBodyGuard>();
app.UseMiddleware<AmbiguousCredentials>();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

app.MapHealthChecks("/health").AllowAnonymous();
Inventory.Api.Web.SignIn.Map(app);
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/api-reference", o => o.WithTitle("Relationship Inventory API").WithOpenApiRoutePattern("/openapi/v1.json")).AllowAnonymous();
app.MapWolverineEndpoints(opts =>
{
    opts.TenantId.IsClaimTypeNamed(InventoryClaims.Organization);
    opts.AddPolicy<RequestMetadataPolicy>();
    opts.RejectUnparseableQueryValues = true;
});

// Taken before the commands run: a command disposes the host's services when it ends.
var database = app.Services.GetRequiredService<InventoryDatabase>();
var exitCode = await CommandLine.GuardRebuildAsync(args, app.Services) is { } command ? await app.RunJasperFxCommands(command) : 1;
// A command other than run never starts the hosted services that stop the embedded cluster it may have started.
if (database.Embedded is { } cluster) await cluster.StopAsync();
return exitCode;

public partial class Program;
