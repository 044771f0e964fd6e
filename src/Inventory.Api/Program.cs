using Inventory.Api.Access;
using Inventory.Api.Audit;
using Inventory.Api.Cli;
using Inventory.Api.Cluster;
using Inventory.Api.Database;
using Inventory.Api.Demo;
using Inventory.Api.Http;
using Inventory.Api.OpenApi;
using Inventory.Api.Reviews;
using Inventory.Api.Segments;
using Inventory.Api.Web;
using Inventory.Api.Writes;
using JasperFx;
using Microsoft.AspNetCore.Rewrite;
using Scalar.AspNetCore;
using Wolverine.Http;

// "--demo [es|pt-BR|en]" loads the demo company into the default organization, in that language (see README).
(args, var demoLanguage) = DemoOption.Take(args);
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

builder.Services.AddSingleton(TimeProvider.System);
// The order matters where hosted services start in it: the database first, then the default organization, then the demo.
builder.AddInventoryTelemetry();
builder.AddDatabase();
builder.AddCluster();
builder.AddHttp();
builder.AddAccess();
builder.AddWrites();
builder.AddDemo();
builder.AddOpenApiDocument();
builder.AddSegments();
builder.AddReviews();
builder.AddAudit();
// Relationships, Reports, Imports, Keys and Web hold endpoints only: Wolverine finds them in the assembly.

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
SignIn.Map(app);
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
