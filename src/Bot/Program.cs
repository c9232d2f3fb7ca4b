// Composition only: the CLI router picks a verb; the host is built in Cli/HostFactory.
return await NhacHan.Bot.Cli.CliApp.Run(args);
