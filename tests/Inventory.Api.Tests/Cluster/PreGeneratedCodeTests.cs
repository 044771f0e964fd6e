using System.Reflection;
using Inventory.Api.Tests.Infrastructure;
using JasperFx.CodeGeneration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Http;
using Wolverine.Runtime.Handlers;

namespace Inventory.Api.Tests.Cluster;

/// <summary>
/// Wolverine runs in Static mode: handlers and endpoints are pre-generated (src/Inventory.Api/Internal/Generated) and
/// compiled with the project, never at run time. In that mode Wolverine finds endpoints and handlers through the
/// generated registries, so a new endpoint without regenerated code would not be served at all: these tests name it.
/// </summary>
public class PreGeneratedCodeTests(AppFixture fixture)
{
    private const string Regenerate =
        "run `dotnet run --project src/Inventory.Api -- codegen write` and commit src/Inventory.Api/Internal/Generated";

    private static readonly Assembly Api = typeof(Program).Assembly;

    [Fact]
    public void the_host_loads_wolverine_code_statically()
    {
        var options = fixture.Host.Services.GetRequiredService<WolverineOptions>();
        Assert.Equal(TypeLoadMode.Static, options.CodeGeneration.TypeLoadMode);
    }

    [Fact]
    public void every_chain_has_its_pre_generated_type()
    {
        var expected = Collections()
            .SelectMany(c => c.BuildFiles().Select(f => $"{c.Rules.GeneratedNamespace}.{c.ChildNamespace}.{f.FileName}"))
            .ToList();

        var missing = expected.Where(name => Api.GetType(name) is null).ToList();

        Assert.NotEmpty(expected);
        Assert.True(missing.Count == 0, $"Not pre-generated ({Regenerate}): {string.Join(", ", missing)}");
    }

    [Fact]
    public void every_endpoint_in_the_code_is_served_by_a_pre_generated_chain()
    {
        var served = Files().OfType<HttpChain>().Select(c => c.Method.Method).ToHashSet();
        var declared = Api.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<WolverineHttpMethodAttribute>().Any())
            .ToList();

        var missing = declared.Where(m => !served.Contains(m)).Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ToList();

        Assert.NotEmpty(declared);
        Assert.True(missing.Count == 0, $"Endpoints without pre-generated code ({Regenerate}): {string.Join(", ", missing)}");
    }

    [Fact]
    public void every_message_handler_in_the_code_is_served_by_a_pre_generated_chain()
    {
        var served = Files().OfType<HandlerChain>().SelectMany(c => c.Handlers).Select(h => h.HandlerType).ToHashSet();
        string[] handlerMethods = ["Handle", "HandleAsync", "Consume", "ConsumeAsync"];
        var declared = Api.GetTypes()
            .Where(t => t.Name.EndsWith("Handler", StringComparison.Ordinal) || t.Name.EndsWith("Consumer", StringComparison.Ordinal))
            .Where(t => t.GetMethods().Any(m => handlerMethods.Contains(m.Name)))
            .ToList();

        var missing = declared.Where(t => !served.Contains(t)).Select(t => t.Name).ToList();

        Assert.NotEmpty(declared);
        Assert.True(missing.Count == 0, $"Message handlers without pre-generated code ({Regenerate}): {string.Join(", ", missing)}");
    }

    private List<ICodeFileCollection> Collections() => fixture.Host.Services.GetServices<ICodeFileCollection>().ToList();

    private List<ICodeFile> Files() => Collections().SelectMany(c => c.BuildFiles()).ToList();
}
