import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for trust-badges, set up by hand (`storybook init` needs the network).
 * Works offline: telemetry, crash reports and the "what's new" feed are off;
 * run `storybook dev` with `--no-version-updates` to skip the release check too.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  stories: ['../stories/**/*.stories.ts'],
  // The profiles, served as /data/pipefy.json and /data/halcyon.json (relative URLs in stories).
  staticDirs: [{ from: '../data', to: '/data' }],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  // The project's vite.config.ts is merged in (Storybook drops its `build`);
  // its `server.open` is for the demo, not for Storybook. The docs renderer is
  // one large chunk by design: no size warning, no gzip report (faster build).
  viteFinal: (config, { configType }) => ({
    ...config,
    server: { ...config.server, open: false },
    ...(configType === 'PRODUCTION'
      ? { build: { ...config.build, chunkSizeWarningLimit: 1500, reportCompressedSize: false } }
      : {}),
  }),
};

export default config;
