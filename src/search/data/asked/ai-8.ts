// Data: how people ask for operations (see ../asked.ts): games (gamelift) and end-user computing
// (workspaces, appstream, devicefarm).

import type { AskedEntry } from './types.js';

export const ASKED_AI_8: readonly AskedEntry[] = [
  {
    op: 'gamelift:CreateBuild',
    asked:
      'upload game server binaries, package the dedicated server, game server executable zip, new server version',
    example: 'upload the new dedicated server binaries for our shooter',
  },
  {
    op: 'gamelift:CreateFleet',
    asked:
      'game server hosting, servers for multiplayer, dedicated game servers, host matches on ec2, spot game servers',
    example: 'host our multiplayer dedicated servers on c5.large in two regions',
  },
  {
    op: 'gamelift:CreateGameSession',
    asked:
      'start a match server, spin up a multiplayer game, open a lobby, new match instance, host a room, new match server for players, start a game session on a fleet',
    example: 'spin up a new 8-player match on our game servers',
  },
  {
    op: 'gamelift:CreatePlayerSession',
    asked: 'let a player join a game, reserve a slot, player connection info, join a match',
    example: 'reserve a slot for player 77 in match 3 and get the ip and port',
  },
  {
    op: 'gamelift:StartGameSessionPlacement',
    asked:
      'find the best region server for players, place a match by latency, queue a new match, lowest ping',
    example: 'put a new match in whichever region gives these players the lowest ping',
  },
  {
    op: 'gamelift:StartMatchmaking',
    asked:
      'matchmaking, find opponents, skill based match, team up players, flexmatch ticket, pair players, players of similar skill, find other players',
    example: 'pair this player with opponents at a similar rank',
  },
  {
    op: 'gamelift:SearchGameSessions',
    asked:
      'find open games to join, server browser, matches with free slots, filter games by map, open matches that still have room, filter by game map',
    example: 'list open matches on the desert map that still have room',
  },
  {
    op: 'gamelift:UpdateFleetCapacity',
    asked: 'scale game servers, desired instances, more servers for launch day, min and max instances',
    example: 'add more game servers for the weekend launch',
  },
  {
    op: 'gamelift:DescribeFleetUtilization',
    asked: 'how many players online, active matches, server usage, player count on a fleet',
    example: 'how many players are online on our servers right now',
  },
  {
    op: 'gamelift:CreateMatchmakingRuleSet',
    asked: 'matchmaking rules, team sizes, allowed skill difference, latency limits, match rules json',
    example: 'allow at most 200 skill points between players in a 5v5 match',
  },
  {
    op: 'gamelift:GetGameSessionLogUrl',
    asked: 'download game server logs, logs of a finished match, crash logs of a match',
    example: 'download the logs of the match that crashed last night',
  },
  {
    op: 'gamelift:TerminateGameSession',
    asked: 'end a match, shut down a game in progress, close a lobby, kill a stuck match',
    example: 'force-end the stuck match on our servers',
  },
  {
    op: 'workspaces:CreateWorkspaces',
    asked:
      'virtual desktop for an employee, cloud pc, provision a windows desktop, vdi, remote desktop for a new hire, linux desktop, give a user a workspace in a directory from a bundle, new workspace for someone',
    example: 'give the new contractor a windows cloud desktop',
  },
  {
    op: 'workspaces:DescribeWorkspaces',
    asked: 'list desktops, which users have a desktop, desktop state, find the desktop of a user',
    example: 'which virtual desktop belongs to jsmith and is it available',
  },
  {
    op: 'workspaces:RebootWorkspaces',
    asked:
      'restart a frozen desktop, reboot a stuck vdi, desktop not responding, restart a cloud pc, reboot desktop, bounce a workspace, power cycle a hung workspace',
    example: "restart jsmith's frozen cloud desktop",
  },
  {
    op: 'workspaces:RebuildWorkspaces',
    asked:
      'reset a desktop to its original image, recreate the system drive, fix a broken desktop from scratch, reinstall a broken workspace without losing the files on the user volume, reimage a cloud desktop',
    example: "reset jsmith's broken desktop back to the original image",
  },
  {
    op: 'workspaces:StopWorkspaces',
    asked:
      'power off desktops, stop paying hourly for idle desktops, shut down autostop vdi, turn off virtual desktops overnight, save money on idle workspaces',
    example: 'power off the hourly cloud desktops over the weekend',
  },
  {
    op: 'workspaces:StartWorkspaces',
    asked: 'turn a desktop back on, power on vdi, wake a stopped desktop',
    example: "power jsmith's stopped cloud desktop back on",
  },
  {
    op: 'workspaces:TerminateWorkspaces',
    asked:
      'remove the desktop of a leaver, offboard a user, delete a vdi permanently, permanently remove a cloud desktop, employee who left',
    example: 'delete the virtual desktop of someone who quit',
  },
  {
    op: 'workspaces:ModifyWorkspaceProperties',
    asked:
      'change running mode, alwayson or autostop, bigger desktop, more storage, resize compute type, always on desktop, more disk, always-on or auto-stop billing of a desktop, monthly or hourly desktop billing',
    example: "switch jsmith's desktop to always on and give it more disk",
  },
  {
    op: 'workspaces:DescribeWorkspacesConnectionStatus',
    asked:
      'when did a user last connect, is the user connected, unused desktops, last login, desktops nobody logged into, last logged in',
    example: 'which cloud desktops nobody has logged into for 60 days',
  },
  {
    op: 'workspaces:CreateWorkspaceImage',
    asked:
      'golden image from a desktop, capture a configured desktop, template desktop, custom image for new desktops',
    example: 'capture the configured desktop as a golden image for the team',
  },
  {
    op: 'workspaces:DescribeWorkspaceBundles',
    asked:
      'hardware options, desktop sizes, which bundles exist, value standard performance power, cpu memory options for cloud desktops',
    example: 'which desktop sizes and hardware options can I pick',
  },
  {
    op: 'appstream:CreateStreamingURL',
    asked:
      'link for a user to open a streamed app, browser launch url, temporary app session link, single-use url that opens the application for one user, launch link that expires, sign-in url for a streamed app session, run a desktop app in the browser, use a windows application from a web browser',
    example: 'give user bob a link to open the streamed cad application in his browser',
  },
  {
    op: 'appstream:CreateFleet',
    asked:
      'instances that stream applications, app streaming capacity, on-demand or always-on streaming hosts',
    example: 'set up capacity to stream our desktop cad app to 50 users',
  },
  {
    op: 'appstream:CreateStack',
    asked:
      'user facing catalog of streamed apps, storage and clipboard settings, app portal, app portal, home folders, persistent storage for users',
    example: 'make an app portal for the design team with home folders enabled',
  },
  {
    op: 'appstream:CreateImageBuilder',
    asked: 'install apps to stream, build a streaming image, machine to set up applications',
    example: 'launch a machine where I can install the apps we want to stream',
  },
  {
    op: 'appstream:DescribeSessions',
    asked:
      'who is streaming now, active app sessions, users currently connected, active streaming sessions, current app users, users on the app streaming service right now',
    example: 'which users are currently connected to the streamed apps',
  },
  {
    op: 'appstream:ExpireSession',
    asked: 'kick a user out of a streamed app session, end a session now, disconnect user',
    example: "end bob's app streaming session immediately",
  },
  {
    op: 'devicefarm:ScheduleRun',
    asked:
      'run appium tests on real phones, test an android app on devices, mobile test run, xctest espresso on real iphones, instrumentation tests on physical devices, test suite on phones',
    example: 'run our instrumentation suite on a dozen physical android devices',
  },
  {
    op: 'devicefarm:CreateUpload',
    asked: 'upload an apk or ipa, upload a test package, app binary for testing',
    example: 'upload app-release.apk for testing on real phones',
  },
  {
    op: 'devicefarm:GetRun',
    asked: 'did the tests pass, run results, how many tests failed, mobile test outcome',
    example: "did last night's mobile test run on real phones pass",
  },
  {
    op: 'devicefarm:ListDevices',
    asked: 'which phones are available, iphone and android models, tablets to test on, os versions',
    example: 'which iphone models can I test my app on',
  },
  {
    op: 'devicefarm:CreateDevicePool',
    asked: 'pick a set of phones to test on, device selection rules, top android devices',
    example: 'define a set of the 5 most popular android phones for our tests',
  },
  {
    op: 'devicefarm:CreateRemoteAccessSession',
    asked:
      'manually use a real phone in the browser, interactive device, reproduce a bug by hand on a phone, tap around on a real phone from my browser, pixel or iphone',
    example: 'I need to poke at a physical iphone interactively to reproduce a crash',
  },
  {
    op: 'devicefarm:CreateTestGridUrl',
    asked: 'selenium grid url, browser testing endpoint, remote webdriver for chrome and firefox',
    example: 'get a remote webdriver address to run selenium tests in chrome',
  },
];
