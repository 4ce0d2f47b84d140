/** What the Excel (webpack.config.js) and WPS (webpack.wps.config.js) builds share: output naming and the TS rule. */
function output(outDir, extra = {}) {
  return {
    path: outDir,
    filename: '[name].[contenthash:8].js',
    chunkFilename: '[name].[contenthash:8].js',
    publicPath: '',
    clean: true,
    ...extra,
  };
}

function typescript(mode) {
  return {
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: mode === 'development' },
            },
          },
        },
      ],
    },
  };
}

module.exports = { output, typescript };
