// Composition only: the CLI router picks a verb; each verb builds the host with Hosting/NhacHanHost.
return await NhacHan.Bot.Cli.CliApp.Run(args);
