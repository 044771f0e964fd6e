using Inventory.Api.Hosting;
using Npgsql;

namespace Inventory.Api.Cli;

/// <summary>
/// What the program was asked to do, told to PostgreSQL as the connections' application name: a command can see whether
/// a host runs against the same database (<see cref="HostsRunningAsync"/>), and an operator sees who is connected.
/// </summary>
public static class CommandLine
{
    public const string HostApplicationName = "relationship-inventory-host";

    /// <summary>The command asked for: <c>run</c> (the host) when the arguments start with none or with an option.</summary>
    public static string CommandOf(string[] args) => args.Length == 0 || args[0].StartsWith('-') ? "run" : args[0].ToLowerInvariant();

    public static string ApplicationNameOf(string[] args) =>
        CommandOf(args) == "run" ? HostApplicationName : $"relationship-inventory-{new string(CommandOf(args).Where(char.IsAsciiLetterOrDigit).Take(30).ToArray())}";

    public static bool IsHelp(string[] args) => args is ["help"] or ["?"] or ["--help"] or ["-h"];

    /// <summary>The product's own commands, printed before the frameworks' list.</summary>
    public const string ProductHelp = """
        Relationship Inventory

        Product commands:
          run [--urls http://127.0.0.1:5080] [--demo]      start the product (the default when no command is given)
          org list                                         list the organizations: id, currency, fiscal year start, name
          org create NAME [--currency EUR] [--fiscal-year-start 1]
                                                           create an organization; its first admin key is the last line
          keys list ORG-ID                                 list an organization's API keys
          keys create ORG-ID NAME --role ROLE              create a key (viewer, editor, reviewer, auditor or admin)
          keys revoke ORG-ID KEY-ID                        revoke a key
          import usage|satisfaction|cost FILE --org ORG-ID import a CSV file, every row checked, all or nothing
          projections rebuild [--force]                    rebuild every projection; refused while a host runs on the
                                                           same database, unless --force

        Every command uses the configured database (ConnectionStrings__Inventory) or the embedded one.
        Use 'help COMMAND' for a command's options. The frameworks' commands (database, code generation, diagnostics)
        follow.

        """;

    /// <summary>Connections of running hosts to this database, other than ours.</summary>
    public static async Task<int> HostsRunningAsync(NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(
            "select count(*) from pg_stat_activity " +
            "where datname = current_database() and application_name = $1 and pid <> pg_backend_pid()");
        command.Parameters.Add(new NpgsqlParameter { Value = HostApplicationName });
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <c>projections rebuild</c> while a host runs on the same database would rebuild under its feet: refused (exit code 1)
    /// unless <c>--force</c>, then warned. Answers the arguments to run (without <c>--force</c>), or null to stop.
    /// </summary>
    public static async Task<string[]?> GuardRebuildAsync(string[] args, IServiceProvider services)
    {
        if (args is not ["projections", ..] || !args.Contains("rebuild", StringComparer.OrdinalIgnoreCase)) return args;
        var force = args.Contains("--force", StringComparer.OrdinalIgnoreCase);
        var rest = args.Where(a => !string.Equals(a, "--force", StringComparison.OrdinalIgnoreCase)).ToArray();
        var running = await HostsRunningAsync(services.GetRequiredService<NpgsqlDataSource>());
        if (running == 0) return rest;
        if (!force)
        {
            await Console.Error.WriteLineAsync(
                $"A host is running against this database ({running} connection(s) named {HostApplicationName}). Stop every host before " +
                "rebuilding the projections, or run 'projections rebuild --force' to rebuild anyway (its answers are wrong until it ends).");
            return null;
        }

        await Console.Error.WriteLineAsync($"Warning: a host is running against this database ({running} connection(s)); rebuilding anyway (--force).");
        return rest;
    }
}
